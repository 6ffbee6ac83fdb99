declare const brand: unique symbol;
/** A string (or number) that the type system keeps apart from others of the same base type. */
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };
