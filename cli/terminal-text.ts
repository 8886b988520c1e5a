/**
 * What a cell's text may carry to a terminal: an ESC sequence in an owner's name or a header can
 * move the cursor, erase the progress lines, retitle the window or hide a link (OSC 8); a bidi
 * override or a zero-width character makes the text read otherwise than it is. Shown escaped
 * (\x1b, \u202e), so the user still sees that something was there.
 */

/**
 * C0 controls, DEL and C1 controls; bidi marks, embeddings, overrides and isolates; zero-width
 * and invisible characters; line and paragraph separators.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
/** The same, but a line break: what the tool's own messages are made of. */
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

function escaped(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A value put into a terminal message: every control escaped, a line break too (it would forge a line). */
export function terminalValue(text: string): string {
  return text.replace(CONTROLS, escaped);
}

/** A whole message about to be printed: every control escaped but its own line breaks. */
export function terminalText(text: string): string {
  return text.replace(CONTROLS_BUT_NEWLINE, escaped);
}
