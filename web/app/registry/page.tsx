import { RegistryHome } from './registry-home';

export default function RegistryPage() {
  return <RegistryHome />;
}
