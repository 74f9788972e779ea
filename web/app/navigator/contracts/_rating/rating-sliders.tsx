'use client';

import { useId } from 'react';
import { RATING_PARAMETERS, type RatingKey, type RatingValues } from './rating-parameters';
import styles from './rating.module.css';

/** Four sliders 0–100 %, each with its name, its value shown beside it and the ends of its scale. */
export function RatingSliders({
  values,
  onChange,
}: {
  values: RatingValues;
  onChange: (key: RatingKey, value: number) => void;
}) {
  const id = useId();
  return (
    <div className={styles.sliders}>
      {RATING_PARAMETERS.map(({ key, label }) => (
        <div key={key} className={styles.slider}>
          <label htmlFor={`${id}-${key}`} className={styles.sliderLabel}>
            {label}
          </label>
          <div className={styles.sliderRow}>
            <span aria-hidden="true">0 %</span>
            <input
              id={`${id}-${key}`}
              type="range"
              min={0}
              max={100}
              step={1}
              value={values[key]}
              aria-valuetext={`${values[key]} %`}
              onChange={(event) => onChange(key, Number(event.target.value))}
            />
            <span aria-hidden="true">100 %</span>
            <output htmlFor={`${id}-${key}`} className={styles.value} data-testid={`rating-value-${key}`}>
              {values[key]} %
            </output>
          </div>
        </div>
      ))}
    </div>
  );
}
