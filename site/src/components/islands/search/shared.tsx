// Pieces of markup both search islands show: the search box, a text with the matched words marked,
// and the place of a result whose card is still on the way.
import type { RefObject } from 'react';

export function Marks({ pieces }: { pieces: ReadonlyArray<{ text: string; mark: boolean }> }) {
  return <>{pieces.map((piece, i) => (piece.mark ? <mark key={i}>{piece.text}</mark> : piece.text))}</>;
}

export function LoadingCard() {
  return (
    <li className="card card-loading" aria-busy="true">
      Загрузка…
    </li>
  );
}

interface SearchInputProps {
  id: string;
  placeholder: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onFocus: () => void;
  onChange: (value: string) => void;
}

/** The query box: its hint is the element `${id}-hint`; filled by the script from the address. */
export function SearchInput({ id, placeholder, inputRef, onFocus, onChange }: SearchInputProps) {
  return (
    <input
      id={id}
      name="q"
      type="search"
      autoComplete="off"
      spellCheck={false}
      placeholder={placeholder}
      aria-describedby={`${id}-hint`}
      ref={inputRef}
      defaultValue=""
      onFocus={onFocus}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
