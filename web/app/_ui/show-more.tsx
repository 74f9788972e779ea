/**
 * «Показать ещё» under a keyset-paged list: shown while there is a next page, busy while it loads, with the
 * reason in an alert when it could not be loaded.
 */
export function ShowMore({
  hasMore,
  loading,
  error,
  onShowMore,
}: {
  hasMore: boolean;
  loading: boolean;
  error?: string | null;
  onShowMore: () => void;
}) {
  return (
    <>
      {hasMore && (
        <button
          type="button"
          className="button"
          onClick={onShowMore}
          disabled={loading}
          aria-busy={loading || undefined}
        >
          Показать ещё
        </button>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </>
  );
}
