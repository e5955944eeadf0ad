import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { checkCreditCode } from '#shared/creditCode.js';
import { SUPPLY_NEIGHBORHOOD_MAX_DEPTH } from '#shared/limits.js';
import { useGql } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { EnterpriseProfile } from './EnterpriseProfile';
import { EnterpriseEditor } from './edit/EnterpriseEditor';
import './edit/messages';
import { EnterpriseSearchBox } from './EnterpriseSearchBox';
import { EnterpriseSearchPage } from './SearchPage';
import './searchPageMessages';
import './enterprise.css';
import { NS } from './messages';
import { DIRECTIONS, ENTERPRISE_QUERY, type Direction, type EnterpriseProfile as Profile } from './queries';
import { SupplyNetwork } from './SupplyNetwork';

const RECENT_KEY = 'chainatlas.recentEnterprises';
const RECENT_MAX = 8;

function readRecent(): { creditCode: string; name: string }[] {
  try {
    const list = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((x) => x && typeof x.creditCode === 'string' && typeof x.name === 'string').slice(0, RECENT_MAX) : [];
  } catch {
    return [];
  }
}

function remember(firm: { creditCode: string; name: string }): void {
  const list = [firm, ...readRecent().filter((x) => x.creditCode !== firm.creditCode)].slice(0, RECENT_MAX);
  localStorage.setItem(RECENT_KEY, JSON.stringify(list));
}

/**
 * 企业 (/enterprise/:creditCode?depth=&dir=&layout=&to=): the firm's profile and supply network.
 * Without a credit code, a search page. The URL holds the firm, depth, direction, layout and
 * the other end of a supply path, so a link reopens the same picture.
 */
export function EnterpriseView() {
  const { creditCode } = useParams();
  return creditCode ? <EnterpriseDetail rawCode={creditCode} /> : <EnterpriseSearchPage />;
}

function EnterpriseDetail({ rawCode }: { rawCode: string }) {
  const { t } = useTranslation(NS);
  const [params, setParams] = useSearchParams();
  const checked = checkCreditCode(rawCode);
  const creditCode = checked.ok ? checked.code : rawCode;
  const depthParam = Number(params.get('depth') ?? 1);
  const depth = Number.isInteger(depthParam) && depthParam >= 1 && depthParam <= SUPPLY_NEIGHBORHOOD_MAX_DEPTH ? depthParam : 1;
  const dirParam = params.get('dir') as Direction | null;
  const direction: Direction = dirParam && DIRECTIONS.includes(dirParam) ? dirParam : 'BOTH';
  const layout = params.get('layout') === 'force' ? 'force' : 'layered';
  const toParam = params.get('to');
  const pathTo = toParam && checkCreditCode(toParam).ok ? (checkCreditCode(toParam) as { code: string }).code : null;

  const { data, error, isLoading, refetch } = useGql<{ enterprise: Profile | null }>(ENTERPRISE_QUERY, { creditCode }, { enabled: checked.ok });
  const firm = data?.enterprise ?? null;
  useEffect(() => {
    if (firm) remember({ creditCode: firm.creditCode, name: firm.name });
  }, [firm]);

  const change = (next: { depth?: number; direction?: Direction; layout?: 'layered' | 'force'; pathTo?: string | null }) => {
    const p = new URLSearchParams(params);
    const set = (key: string, value: string | null, fallback: string) => (value === null || value === fallback ? p.delete(key) : p.set(key, value));
    if (next.depth !== undefined) set('depth', String(next.depth), '1');
    if (next.direction !== undefined) set('dir', next.direction, 'BOTH');
    if (next.layout !== undefined) set('layout', next.layout, 'layered');
    if (next.pathTo !== undefined) set('to', next.pathTo, '');
    setParams(p, { replace: false });
  };

  let body: React.ReactNode;
  if (!checked.ok) body = <div className="error-message" role="alert">⚠ {t('badCode', { code: rawCode })}</div>;
  else if (isLoading) body = <Loading />;
  else if (error) body = <ErrorMessage error={error} onRetry={() => void refetch()} />;
  else if (!firm) body = <div className="error-message" role="alert">⚠ {t('notFound', { code: creditCode })}</div>;
  else
    body = (
      <div className="ent-layout">
        <aside className="ent-side">
          <EnterpriseProfile firm={firm} />
          <EnterpriseEditor creditCode={firm.creditCode} />
        </aside>
        <SupplyNetwork
          key={firm.creditCode}
          creditCode={firm.creditCode}
          name={firm.name}
          depth={depth}
          direction={direction}
          layout={layout}
          pathTo={pathTo}
          onChange={change}
        />
      </div>
    );

  return (
    <section className="view view-enterprise">
      <div className="ent-topline">
        <Link to="/enterprise" className="back-link">
          {t('backToSearch')}
        </Link>
        <EnterpriseQuickSearch />
      </div>
      {body}
    </section>
  );
}

function EnterpriseQuickSearch() {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  return <EnterpriseSearchBox placeholder={t('searchPlaceholder')} testId="enterprise-quick-search" onSelect={(hit) => void navigate(`/enterprise/${encodeURIComponent(hit.creditCode)}`)} />;
}

