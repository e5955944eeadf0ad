import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EnterpriseSearchBox } from '../../components/EnterpriseSearchBox';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import '../../components/edit/messages';
import { EnterpriseProfile } from './EnterpriseProfile';
import { EnterpriseEditor } from './edit/EnterpriseEditor';
import './enterprise.css';
import { NS } from './messages';
import { EnterpriseSearchPage } from './search/SearchPage';
import { SupplyNetwork } from './SupplyNetwork';
import { useEnterpriseDetail } from './useEnterpriseDetail';

/**
 * 企业 (/enterprise/:creditCode?depth=&dir=&layout=&to=&x=&g=): the firm's profile and supply network.
 * Without a credit code, a search page. The URL holds the firm, depth, direction, layout and
 * the other end of a supply path, so a link reopens the same picture.
 */
export function EnterpriseView() {
  const { creditCode } = useParams();
  return creditCode ? <EnterpriseDetail rawCode={creditCode} /> : <EnterpriseSearchPage />;
}

function EnterpriseDetail({ rawCode }: { rawCode: string }) {
  const { t } = useTranslation(NS);
  const { valid, creditCode, profile, firm, network, change } = useEnterpriseDetail(rawCode);
  const { isLoading, error, refetch } = profile;

  let body: React.ReactNode;
  if (!valid)
    body = (
      <div className="error-message" role="alert">
        ⚠ {t('badCode', { code: rawCode })}
      </div>
    );
  else if (isLoading) body = <Loading />;
  else if (error) body = <ErrorMessage error={error} onRetry={() => void refetch()} />;
  else if (!firm)
    body = (
      <div className="error-message" role="alert">
        ⚠ {t('notFound', { code: creditCode })}
      </div>
    );
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
          depth={network.depth}
          direction={network.direction}
          layout={network.layout}
          pathTo={network.pathTo}
          expanded={network.expanded}
          open={network.open}
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
  return (
    <EnterpriseSearchBox
      placeholder={t('searchPlaceholder')}
      testId="enterprise-quick-search"
      onSelect={(hit) => void navigate(`/enterprise/${encodeURIComponent(hit.creditCode)}`)}
    />
  );
}
