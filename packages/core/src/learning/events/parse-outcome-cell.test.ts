import { describe, expect, it } from 'vitest';
import { parseLeadStatus, parseOutcomeFlag, parseReplySentiment } from './parse-outcome-cell.js';

describe('parseOutcomeFlag', () => {
  it('reads words, counts and dates', () => {
    for (const text of ['yes', 'TRUE', 'x', '✓', '1', '3', 'replied', '2024-05-06']) expect(parseOutcomeFlag(text), text).toBe(true);
    for (const text of ['', ' ', 'no', 'False', '0', '-', 'none', 'n/a']) expect(parseOutcomeFlag(text), text).toBe(false);
    for (const text of ['maybe', 'pending']) expect(parseOutcomeFlag(text), text).toBeUndefined();
  });
});

describe('parseReplySentiment', () => {
  it.each([
    ['Interested', 'positive'],
    ['meeting_booked', 'positive'],
    ['Not interested', 'negative'],
    ['Remove me', 'negative'],
    ['Unsubscribe', 'negative'],
    ['Out of office', 'out-of-office'],
    ['OOO', 'out-of-office'],
    ['auto-reply', 'out-of-office'],
    ['out-of-office', 'out-of-office'],
    ['Not-interested', 'negative'],
    ['Question', 'neutral'],
    ['neutral', 'neutral'],
    ['', 'none'],
    ['No reply', 'none'],
    ['-', 'none'],
    ['Call me next quarter', undefined],
    ['Interessiert', 'positive'],
    ['Sehr interessiert', 'positive'],
    ['Kein Interesse', 'negative'],
    ['Nicht interessiert', 'negative'],
    ['Desinteressiert', 'negative'],
    ['Abwesend', 'out-of-office'],
    ['Abwesenheitsnotiz', 'out-of-office'],
    ['Intéressé', 'positive'],
    ['Intéressée', 'positive'],
    ['Pas intéressé', 'negative'],
    ['Non intéressé', 'negative'],
    ['Pas d\'intérêt', 'negative'],
    ['Absent', 'out-of-office'],
    ['Interesado', 'positive'],
    ['Interesada', 'positive'],
    ['No interesado', 'negative'],
    ['No está interesado', 'negative'],
    ['Sin interés', 'negative'],
    ['Uninterested', 'negative'],
    ['Disinterested', 'negative'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseReplySentiment(text)).toBe(expected);
  });
});

describe('parseLeadStatus', () => {
  it('reads lemlist lead statuses', () => {
    expect(parseLeadStatus('Email bounced')).toEqual({ bounced: true });
    expect(parseLeadStatus('Unsubscribed from email')).toEqual({ unsubscribed: true });
    expect(parseLeadStatus('Interested')).toEqual({ reply: 'positive' });
    expect(parseLeadStatus('Not interested')).toEqual({ reply: 'negative' });
    expect(parseLeadStatus('Replied')).toEqual({ reply: 'neutral' });
    expect(parseLeadStatus('Meeting booked')).toEqual({ meeting: true });
    expect(parseLeadStatus('Out-of-office')).toEqual({ reply: 'out-of-office' });
    expect(parseLeadStatus('In sequence')).toEqual({});
    expect(parseLeadStatus('Kein Interesse')).toEqual({ reply: 'negative' });
    expect(parseLeadStatus('Pas intéressé')).toEqual({ reply: 'negative' });
    expect(parseLeadStatus('Interesado')).toEqual({ reply: 'positive' });
    expect(parseLeadStatus('Abwesend')).toEqual({ reply: 'out-of-office' });
    expect(parseLeadStatus('')).toEqual({});
  });
});
