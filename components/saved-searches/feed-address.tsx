'use client';

import { useId, useRef, useState } from 'react';
import styles from './saved-searches.module.css';

/** A feed's address to copy into a feed reader: selected whole on focus, with a Copy button. */
export function FeedAddress({ url, name }: { url: string; name: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string>('');
  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Copied.');
    } catch {
      setCopied('Selected: copy it with your keyboard or menu.');
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>Feed address of “{name}” (Atom)</label>
      <p id={`${id}-hint`} className="hint">
        Anyone with this address can read the feed: give it only to your feed reader.
      </p>
      <div className={styles.address}>
        <input
          ref={input}
          id={id}
          type="url"
          readOnly
          value={url}
          aria-describedby={`${id}-hint`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="secondary" onClick={copy}>
          Copy
        </button>
        <span role="status" className="muted">
          {copied}
        </span>
      </div>
    </div>
  );
}
