// timer.tick: what the function's one timer trigger (named `tick`, see
// scripts/bundle-functions.ts) runs, on WeChat and in the local cloud alike: every periodic
// job of periodic-jobs.ts, each independent of the others' failures.
import { z } from 'zod'
import { defineOperation } from '../operation'
import { runPeriodicJobs } from './periodic-jobs'

export const tick = defineOperation({
  input: z.object({}).strict(),
  access: 'platform',
  run: (ctx) => runPeriodicJobs(ctx),
})
