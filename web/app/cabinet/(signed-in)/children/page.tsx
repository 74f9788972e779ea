import type { Metadata } from 'next';
import { ChildrenOverview } from './children-overview';

export const metadata: Metadata = { title: 'Дети' };

export default function ChildrenPage() {
  return <ChildrenOverview />;
}
