/**
 * The words of the components' own chrome: one source for every binding, in
 * `@chitieu/core/view` (Vietnamese for `vi*` locales, English for every other).
 * @internal
 */
export { type Messages, messagesFor, type Problem } from '@chitieu/core/view';
