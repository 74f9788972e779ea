import type { Metadata } from 'next';
import { AboutMe } from './about-me';

export const metadata: Metadata = { title: 'Обо мне' };

export default function AboutPage() {
  return <AboutMe />;
}
