import styles from './catalogue.module.css';
import { REGISTRIES } from './params';

const COLORS: Record<string, string> = {
  CERTIFIED: '#1a5fb4',
  SIGNIFICANT: '#9a3d00',
  PAID: '#5b2a86',
  GENERAL: '#1c6b35',
};

/** The registry's icon (seed 002: «Иконки указывают на то в какой реестр входит конкретная программа»), named for screen readers. */
export function RegistryIcon({ registry }: { registry: string }) {
  const entry = REGISTRIES.find((item) => item.value === registry);
  const name = entry?.name ?? registry;
  return (
    <svg className={styles.registryIcon} role="img" aria-label={name} viewBox="0 0 24 24" width="24" height="24">
      <title>{name}</title>
      <circle cx="12" cy="12" r="11" fill={COLORS[registry] ?? '#444'} />
      <text x="12" y="16.5" textAnchor="middle" fontSize="13" fontWeight="700" fill="#fff">
        {entry?.short ?? '?'}
      </text>
    </svg>
  );
}

/** The legend of the icons, as the seed lists the four registries. */
export function RegistryLegend() {
  return (
    <section aria-labelledby="registry-legend" className={styles.legend}>
      <h2 id="registry-legend" className={styles.legendTitle}>
        Реестры программ
      </h2>
      <ul className={styles.legendList}>
        {REGISTRIES.map((registry) => (
          <li key={registry.value}>
            <RegistryIcon registry={registry.value} /> {registry.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
