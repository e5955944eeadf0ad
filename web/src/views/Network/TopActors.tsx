import { useTranslation } from 'react-i18next';
import { score } from '../../lib/format';
import { NS } from './messages';
import { OTHER_COMMUNITY_COLOR, type TopKind } from './networkGraph';
import type { NetworkState } from './useNetwork';
import { SelectField } from '../../components/Select';

const TOP_KINDS: TopKind[] = ['all', 'ENTERPRISE', 'INSTITUTE'];

/** The ten most central actors (of every kind, firms only or institutes only); a row selects the actor in the graph. */
export function TopActors({ state }: { state: NetworkState }) {
  const { t } = useTranslation(NS);
  const { network, derived, topActors } = state;
  return (
    <>
      <div className="top-head">
        <h3>{t('topHeading')}</h3>
        <SelectField
          className="small"
          label={<span className="sr-only">{t('topKind')}</span>}
          value={state.topKind}
          onChange={(v) => state.setTopKind(v as TopKind)}
          testId="top-kind"
          ariaLabel={t('topKind')}
          items={TOP_KINDS}
          itemLabel={(kind) => t(`topKinds.${kind}`)}
        />
      </div>
      {network && topActors.length === 0 && <p className="muted">{t('topEmpty')}</p>}
      {network && topActors.length > 0 && (
        <table className="data-table" data-testid="top-actors">
          <thead>
            <tr>
              <th className="num">{t('rank')}</th>
              <th>{t('name')}</th>
              <th>{t('type')}</th>
              <th className="num">{t('centrality')}</th>
              <th className="num">{t('ties')}</th>
            </tr>
          </thead>
          <tbody>
            {topActors.map((actor, i) => {
              const community = state.communityOf(actor);
              return (
                <tr
                  key={actor.id}
                  className={state.selected === actor.id ? 'clickable active' : 'clickable'}
                  onClick={() => state.pickActor(actor.id)}
                >
                  <td className="num">{i + 1}</td>
                  <th scope="row" className="actor-name">
                    <span
                      className="swatch circle"
                      style={{ background: community?.color ?? OTHER_COMMUNITY_COLOR }}
                      title={community ? state.nameOf(community) : ''}
                    />
                    {/* the row takes a click; the button makes it reachable from the keyboard */}
                    <button
                      type="button"
                      className="link-button"
                      onClick={(event) => {
                        event.stopPropagation();
                        state.pickActor(actor.id);
                      }}
                    >
                      {actor.label}
                    </button>
                  </th>
                  <td>{t(`kind.${actor.kind}`)}</td>
                  <td className="num">{score(actor.centrality)}</td>
                  <td className="num">{derived?.degree.get(actor.id) ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
