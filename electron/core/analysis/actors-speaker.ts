import type { Mention } from '../../api/analysis';

export type SpeakerMention = Mention & { person?: string; antecedent?: string };

export interface Speaker {
  speaker: string | null;
  actor: string | null;
}

/** The name to show for a speaker: the full name when the gazetteer knows the person, else as written. */
export function speakerOf(m: SpeakerMention): Speaker {
  const name = m.person ?? (m.antecedent ?? m.text).replace(/^the\s+/i, '');
  return { speaker: name, actor: m.actor };
}
