// Monaco modules we import only for their side effects; the package ships no type declarations for them.
declare module 'monaco-editor/languages/features/json/jsonMode';
declare module 'monaco-editor/editor/contrib/suggest/browser/suggestController';
