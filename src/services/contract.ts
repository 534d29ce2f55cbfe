// The typed wire contract: for every `function.action`, the request it takes and the answer it
// gives, read from the cloud's own dispatch tables (cloud/functions), so the two sides cannot
// drift apart. The request is the z.input of the operation's zod schema (the runtime truth:
// dispatch validates every call with it); the answer is what the operation's run returns, as
// JSON carries it (a Date arrives as its ISO string). Rename a field in a schema and every
// app call that still sends the old name stops compiling; change what the app sends and the
// schema refuses it at compile time, not at the first call.
//
// Why here: src/services is the one layer of the app that reaches the cloud, and the schemas live
// beside their operations (one file each); moving them into src/domain would put zod into the
// storefront bundle and the cloud into the pure domain. This file imports the
// cloud with `import type` only, which the compiler (babel's TypeScript preset in the Taro
// builds, tsc) erases: no cloud code, and no zod, reaches the app; the builds' sizes show it.
import type { z } from 'zod'
import type { functions } from '../../cloud/functions'
import type { FunctionName } from '@/domain/envelope'

type Functions = typeof functions

/** The actions of one function, by name. */
export type ActionName<F extends FunctionName> = keyof Functions[F] & string

type OperationOf<F extends FunctionName, A extends ActionName<F>> = Functions[F][A]

/** What the caller sends: the schema's input side (defaults still optional, before transforms). */
export type RequestOf<F extends FunctionName, A extends ActionName<F>> =
  OperationOf<F, A> extends { input: infer S extends z.ZodTypeAny } ? z.input<S> : never

/** What a success carries in `data`. */
export type ResponseOf<F extends FunctionName, A extends ActionName<F>> =
  OperationOf<F, A> extends { run(...args: never[]): Promise<infer O> } ? Wire<O> : never

/**
 * A call's request and options as trailing arguments. The request is exactly the schema's:
 * a key it does not know is a type error even when it comes in through a spread, as the
 * schemas are strict and would refuse it at run time. It may be left out only when the action
 * needs nothing (every field optional).
 */
export type RequestArgs<F extends FunctionName, A extends ActionName<F>, D, Options> =
  // The empty object is assignable exactly when every field of the request is optional.
  Record<never, never> extends RequestOf<F, A>
    ? [data?: Exactly<D, RequestOf<F, A>>, options?: Options]
    : [data: Exactly<D, RequestOf<F, A>>, options?: Options]

/** D, with every key that R does not have made impossible. */
export type Exactly<D, R> = D & { [K in Exclude<keyof D, keyof R>]: never }

/** A value as it arrives after JSON: what has toJSON (a Date) arrives as its result. */
export type Wire<T> = 0 extends 1 & T
  ? T
  : T extends { toJSON(): infer J }
    ? J
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T
