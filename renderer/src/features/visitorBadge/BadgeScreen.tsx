import { Loader } from '@mantine/core';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import type { VisitorBadge } from '../../../../shared/contract/receptionViews';
import { ErrorAlert } from '../../app/ErrorAlert';
import { PrintToolbar } from '../../app/PrintToolbar';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { pdfFileName, usePrintStore } from '../handover/printStore';
import { BADGE_CSS } from './badgeCss';
import { parseBadgeParam, useBadgeStore } from './store';

/** Longer names (a company visitor's full English name) take a smaller size, never cut. */
const LONG_NAME = 16;

function BadgeCard({ badge }: { badge: VisitorBadge }) {
  const t = useT();
  return (
    <div className="vb-card" data-testid="badge-card">
      <div className="vb-band">
        <span className="vb-site" data-testid="badge-site">
          {badge.siteName}
        </span>
        <span className="vb-number" data-testid="badge-number">
          {t('badge.number', { n: badge.dayNumber })}
        </span>
      </div>
      <div className="vb-body">
        <div className="vb-heading">{t('badge.heading')}</div>
        <div
          className={`vb-name${badge.name.length > LONG_NAME ? ' vb-long' : ''}`}
          data-testid="badge-name"
        >
          {badge.name}
          {badge.trial && <span className="vb-trial">{t('badge.trial')}</span>}
        </div>
        <div className="vb-rows">
          <span className="vb-label">{t('badge.host')}</span>
          <span className="vb-value" data-testid="badge-host">
            {badge.hostName ?? t('badge.hostNone')}
          </span>
          <span className="vb-label">{t('badge.date')}</span>
          <span className="vb-value" data-testid="badge-date">
            {badge.businessDate}
          </span>
          <span className="vb-label">{t('badge.time')}</span>
          <span className="vb-value" data-testid="badge-time">
            {dayjs(badge.registeredAt).format('HH:mm')}
          </span>
        </div>
      </div>
      <div className="vb-note">{t('badge.note')}</div>
    </div>
  );
}

function Toolbar({ badge }: { badge: VisitorBadge | null }) {
  const t = useT();
  const { saving, savedAs, savePdf } = usePrintStore();
  const fileName = pdfFileName([t('badge.fileName'), badge?.name ?? '', badge?.businessDate ?? '']);
  return (
    <PrintToolbar
      className="vb-toolbar"
      testPrefix="badge"
      ready={!!badge}
      labels={{
        back: t('badge.back'),
        print: t('badge.printButton'),
        pdf: t('badge.savePdf'),
        savedAs: (file) => t('badge.savedAs', { file }),
      }}
      saving={saving}
      savedAs={savedAs}
      onBack={() => go('desk')}
      onSavePdf={() => savePdf(fileName, 'badge')}
    />
  );
}

/** `#/print/badge:<visitorId>`: the page is the badge, printed or saved through the print path. */
export function BadgeScreen({ param }: { param?: string | null }) {
  const t = useT();
  const visitorId = parseBadgeParam(param);
  const { badge, error, load } = useBadgeStore();
  const current = useBadgeStore((s) => s.visitorId) === visitorId;
  useEffect(() => {
    usePrintStore.setState({ savedAs: null });
    if (visitorId) void load(visitorId);
  }, [visitorId, load]);
  const shown = current ? badge : null;
  return (
    <div className="vb-root" data-testid="badge-screen" data-ready={shown ? true : undefined}>
      <style>{BADGE_CSS}</style>
      <Toolbar badge={shown} />
      {!visitorId && <p data-testid="badge-bad">{t('badge.badParam')}</p>}
      {visitorId && current && error && (
        <div style={{ maxWidth: 560, margin: '24px auto' }}>
          <ErrorAlert error={error} />
        </div>
      )}
      <div className="vb-stage">
        {visitorId && !shown && !error && <Loader size="sm" />}
        {shown && (
          <div className="vb-zoom">
            <BadgeCard badge={shown} />
          </div>
        )}
      </div>
    </div>
  );
}
