import { ScheduleSlotRow } from './catalogue.types';

const DAY_NAMES = ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'];

/**
 * A group's week in words: days with the same times together, in the order of the week,
 * «Пн, Ср 16:00–17:30; Пт 15:00–16:30». An empty week is «Расписание уточняется».
 */
export function scheduleText(slots: readonly ScheduleSlotRow[]): string {
  if (slots.length === 0) return 'Расписание уточняется';
  const byTimes = new Map<string, number[]>();
  for (const slot of [...slots].sort((a, b) => a.day - b.day || a.from.localeCompare(b.from))) {
    const times = `${slot.from}–${slot.to}`;
    byTimes.set(times, [...(byTimes.get(times) ?? []), slot.day]);
  }
  return [...byTimes.entries()]
    .map(([times, days]) => `${days.map((day) => DAY_NAMES[day - 1] ?? '?').join(', ')} ${times}`)
    .join('; ');
}
