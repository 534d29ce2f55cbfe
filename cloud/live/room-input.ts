// The input every room action starts from.
import { z } from 'zod'
import { idSchema } from '../../src/domain/validation'

export const roomIdInput = z.object({ roomId: idSchema }).strict()
