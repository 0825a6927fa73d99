import Link from 'next/link';
import { currentUser } from '@/lib/auth/access';
import { hasRole } from '@/lib/auth/roles';
import { AccountMenu } from './account-menu';
import { NavLinks } from './nav-links';

export const NAV_ITEMS = [
  { href: '/', label: 'Overview' },
  { href: '/incidents', label: 'Timeline' },
  { href: '/map', label: 'Map' },
  { href: '/casualties', label: 'Casualties' },
  { href: '/deployments', label: 'Deployments' },
  { href: '/reports', label: 'Reports' },
] as const;

const ADMIN_ITEMS = [
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/security', label: 'Security log' },
] as const;

export async function SiteHeader() {
  const user = await currentUser();
  const items = hasRole(user?.role, 'admin') ? [...NAV_ITEMS, ...ADMIN_ITEMS] : NAV_ITEMS;
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Haiti Incident Tracker
      </Link>
      <nav aria-label="Main">
        <NavLinks items={items} />
      </nav>
      <AccountMenu user={user} />
    </header>
  );
}
