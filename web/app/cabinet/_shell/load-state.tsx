'use client';

import Link from 'next/link';
export { LoadState } from '../../_ui/load-state';

export function ChildNotFound() {
  return (
    <div className="page-panel">
      <h1>Ребёнок не найден</h1>
      <p>В вашем личном кабинете нет такого ребёнка. Выберите ребёнка из списка.</p>
      <Link href="/cabinet/services/additional-education">Дополнительное образование</Link>
    </div>
  );
}
