'use client';

import { useId, useRef, type ReactNode } from 'react';
import styles from '@/app/registry/_shell/registry.module.css';

/** A `<dialog>` opened as a modal once, when it is mounted. */
export function useModal() {
  const opened = useRef(false);
  return (node: HTMLDialogElement | null) => {
    if (node && !opened.current && !node.open) {
      opened.current = true;
      node.showModal();
    }
  };
}

export function Modal({ title, onCancel, children }: { title: string; onCancel: () => void; children: ReactNode }) {
  const id = useId();
  const attach = useModal();
  return (
    <dialog ref={attach} className={styles.dialog} aria-labelledby={`${id}-title`} onCancel={onCancel}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </dialog>
  );
}

/** «ОК» / «Отмена» before an action that cannot be undone. */
export function ConfirmDialog({
  title,
  text,
  onOk,
  onCancel,
}: {
  title: string;
  text: string;
  onOk: () => void;
  onCancel: () => void;
}) {
  return (
    <Modal title={title} onCancel={onCancel}>
      <p>{text}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onOk}>
          ОК
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Отмена
        </button>
      </div>
    </Modal>
  );
}
