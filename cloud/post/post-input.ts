import { z } from 'zod'
import { idSchema } from '../../src/domain/validation'

export const postIdInput = z.object({ postId: idSchema }).strict()
