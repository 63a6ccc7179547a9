import type { Language } from '../../../shared/contract/views';
import type { ChecklistPhase } from '../../../shared/domain/shift';
import { appendAudit } from '../../audit/chain';
import type { IdSource } from '../../db/ids';
import { readSettings } from '../settings';
import { upsertChecklistItem, upsertTemplate } from './shiftQueries';
import type { StaffRow } from '../staff';
import type { Db } from '../../db/types';

/** Set once the defaults were offered, so a site that deletes or renames them keeps its own. */
export const DEFAULTS_KEY = 'shiftDefaultsCreated';

interface Defaults {
  templates: { name: string; startsAt: string; endsAt: string }[];
  items: Record<ChecklistPhase, string[]>;
}

const DEFAULTS: Record<Language, Defaults> = {
  'zh-CN': {
    templates: [
      { name: '早班', startsAt: '09:30', endsAt: '16:00' },
      { name: '晚班', startsAt: '16:00', endsAt: '22:30' },
    ],
    items: {
      opening: [
        '检查前台、水吧及公共区域卫生',
        '准备单据、表格、文具',
        '查阅前日留言本与交接本',
        '开启音响、电视及收费电脑',
      ],
      closing: [
        '清点当日入场人数与手牌',
        '清点商品并锁好贵重物品',
        '扎帐：票款相符',
        '检查柜门上锁、关闭电源与灯光',
      ],
    },
  },
  en: {
    templates: [
      { name: 'Early', startsAt: '09:30', endsAt: '16:00' },
      { name: 'Late', startsAt: '16:00', endsAt: '22:30' },
    ],
    items: {
      opening: [
        'Check the front desk, water bar and public areas are clean',
        'Set out slips, forms and stationery',
        "Read the previous day's message book and handover book",
        'Switch on the music, the TVs and the till computer',
      ],
      closing: [
        "Count the day's entries and the hand tags",
        'Count the stock and lock away valuables',
        'Balance the till: slips match the cash',
        'Check lockers and doors are locked, power and lights off',
      ],
    },
  },
};

function alreadyOffered(db: Db): boolean {
  return db.prepare('SELECT 1 FROM settings WHERE key = ?').get(DEFAULTS_KEY) !== undefined;
}

function isEmpty(db: Db): boolean {
  const n = db
    .prepare(
      'SELECT (SELECT count(*) FROM shift_templates) + (SELECT count(*) FROM checklist_items)',
    )
    .pluck()
    .get() as number;
  return n === 0;
}

function insertDefaults(db: Db, now: number, ids: IdSource, d: Defaults): number {
  d.templates.forEach((t, sort) =>
    upsertTemplate(db, {
      id: ids(),
      name: t.name,
      starts_at: t.startsAt,
      ends_at: t.endsAt,
      active: 1,
      sort,
      updated_at: now,
    }),
  );
  let items = 0;
  for (const phase of ['opening', 'closing'] as const)
    d.items[phase].forEach((label, sort) => {
      upsertChecklistItem(db, { id: ids(), phase, label, active: 1, sort, updated_at: now });
      items += 1;
    });
  return items;
}

/**
 * On first use a site gets two shifts and the usual checklists in its own language, once:
 * after that, an emptied list stays empty. The audit row is the system's, as nobody asked.
 */
export function ensureShiftDefaults(
  db: Db,
  now: number,
  staff: StaffRow | null,
  ids: IdSource,
): boolean {
  if (alreadyOffered(db)) return false;
  db.prepare("INSERT INTO settings (key, value) VALUES (?, 'true')").run(DEFAULTS_KEY);
  if (!isEmpty(db)) return false;
  const language = readSettings(db).defaultLanguage;
  const d = DEFAULTS[language] ?? DEFAULTS['zh-CN'];
  const items = insertDefaults(db, now, ids, d);
  appendAudit(db, {
    at: now,
    actorId: null,
    actorName: null,
    action: 'shifts.defaults',
    targetType: 'shiftTemplate',
    outcome: 'ok',
    detail: { language, templates: d.templates.length, items, triggeredBy: staff?.id ?? null },
  });
  return true;
}
