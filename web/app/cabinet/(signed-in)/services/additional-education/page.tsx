import type { Metadata } from 'next';
import { ChildrenList } from './children-list';

export const metadata: Metadata = { title: 'Дополнительное образование' };

export default function AdditionalEducationPage() {
  return <ChildrenList />;
}
