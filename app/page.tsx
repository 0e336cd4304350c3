import { redirect } from 'next/navigation';
import { clustersHref } from '@/lib/routes';

export default function Home(): never {
  redirect(clustersHref);
}
