/** A mistake in a settings document, reported as a message code with parameters and the JSON path where it sits (never thrown). */
import type { MessageKey } from '../i18n';
import type { Params } from '../i18n/define';

export interface SettingsError {
  code: MessageKey;
  /** Always holds `path`, plus whatever the message needs. */
  params: Params;
  /** Where in the settings document, e.g. `classify.tier[1].when.op`. */
  path: string;
}

export function settingsError(code: MessageKey, path: string, params: Record<string, string | number> = {}): SettingsError {
  return { code, path, params: { ...params, path } };
}
