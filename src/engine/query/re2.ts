// re2js behind a module of our own, so its chunk is named for what it is (re2-….js): see ./regex.ts
export { RE2JS } from 're2js';
