import { useState } from 'preact/hooks';
import './file-drop.css';

interface Props {
  id: string;
  label: string;
  hint: string;
  multiple?: boolean;
  onFiles: (files: FileList | null | undefined) => void;
}

/** A labelled JSON file picker that also takes files dropped on it. */
export default function FileDrop({ id, label, hint, multiple = false, onFiles }: Props) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      class={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFiles(e.dataTransfer?.files);
      }}
    >
      <label for={id}>{label}</label>{' '}
      <input
        id={id}
        type="file"
        multiple={multiple}
        accept=".json,application/json"
        onChange={(e) => {
          onFiles(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />{' '}
      <span class="muted">{hint}</span>
    </div>
  );
}
