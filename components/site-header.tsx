import Link from 'next/link';
import { NavLinks } from './nav-links';

export const NAV_ITEMS = [
  { href: '/', label: 'Overview' },
  { href: '/incidents', label: 'Timeline' },
  { href: '/map', label: 'Map' },
  { href: '/casualties', label: 'Casualties' },
  { href: '/deployments', label: 'Deployments' },
  { href: '/reports', label: 'Reports' },
] as const;

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Haiti Incident Tracker
      </Link>
      <nav aria-label="Main">
        <NavLinks items={NAV_ITEMS} />
      </nav>
    </header>
  );
}
