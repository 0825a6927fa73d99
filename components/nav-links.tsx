'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useState } from 'react';

export interface NavItem {
  href: string;
  label: string;
  /** A number shown after the label ("Inbox (3)"); `spoken` completes it for screen readers. */
  count?: { value: number; spoken: string };
}

/**
 * The main menu. On a narrow screen the links fold behind a Menu button (a disclosure); without
 * JavaScript they stay listed and wrap, so nobody is left without a menu.
 */
export function NavLinks({ items }: { items: readonly NavItem[] }) {
  const pathname = usePathname();
  const listId = useId();
  const [ready, setReady] = useState(false);
  const [open, setOpen] = useState(false);
  useEffect(() => setReady(true), []);
  // A followed link closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation
  useEffect(() => setOpen(false), [pathname]);
  return (
    <div className={ready ? 'nav-links collapsible' : 'nav-links'}>
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        Menu
      </button>
      <ul id={listId} className={open ? 'open' : undefined}>
        {items.map((item) => {
          const current = item.href === '/' ? pathname === '/' : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                // Said whole ("Inbox (3 reports waiting for review)"), starting with the words shown.
                aria-label={
                  item.count ? `${item.label} (${item.count.value} ${item.count.spoken})` : undefined
                }
              >
                {item.count ? `${item.label} (${item.count.value})` : item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
