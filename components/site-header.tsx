import Link from 'next/link';
import { currentUser } from '@/lib/auth/access';
import { hasRole } from '@/lib/auth/roles';
import { inboxCount } from '@/lib/reports/inbox';
import { AccountMenu } from './account-menu';
import { type NavItem, NavLinks } from './nav-links';

export const NAV_ITEMS = [
  { href: '/', label: 'Overview' },
  { href: '/incidents', label: 'Timeline' },
  { href: '/map', label: 'Map' },
  { href: '/casualties', label: 'Casualties' },
  { href: '/early-warning', label: 'Early warning' },
  { href: '/actors', label: 'Actors' },
  { href: '/deployments', label: 'Deployments' },
  { href: '/reports', label: 'Reports' },
] as const;

const ADMIN_ITEMS = [
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/security', label: 'Security log' },
  { href: '/admin/feeds', label: 'Feeds' },
] as const;

/** Editors' inbox, with how many reports wait in it (one count on its index per page view). */
async function inboxItem(): Promise<NavItem> {
  const waiting = await inboxCount();
  return {
    href: '/inbox',
    label: 'Inbox',
    count: {
      value: waiting,
      spoken: `${waiting === 1 ? 'report' : 'reports'} waiting for review`,
    },
  };
}

export async function SiteHeader() {
  const user = await currentUser();
  const items: NavItem[] = [
    ...NAV_ITEMS,
    ...(hasRole(user?.role, 'editor') ? [await inboxItem()] : []),
    ...(hasRole(user?.role, 'admin') ? ADMIN_ITEMS : []),
  ];
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
