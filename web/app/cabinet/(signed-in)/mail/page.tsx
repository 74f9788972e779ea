import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Почта' };

export default function MailPage() {
  return (
    <section className="page-panel" aria-labelledby="mail-title">
      <h1 id="mail-title">Почта</h1>
      <p>Внутренняя почта личного кабинета не входит в этот сервис.</p>
      <p>
        Письма о заявке на сертификат приходят на адрес электронной почты, который вы указали в заявке. Состояние заявки
        всегда видно в разделе <Link href="/cabinet/services/additional-education">«Дополнительное образование»</Link>.
      </p>
      <p>
        Какие письма присылать, можно выбрать в{' '}
        <Link href="/cabinet/settings/notifications">«Настройке уведомлений»</Link>.
      </p>
    </section>
  );
}
