import { useState, type FormEvent } from "react";
import type { Comment } from "../../api/types.ts";

export function CommentList({ comments, onAdd }: { comments: Comment[]; onAdd: (body: string) => Promise<void> }) {
  const [body, setBody] = useState("");
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return;
    await onAdd(body.trim());
    setBody("");
  }
  return (
    <div className="comments">
      {comments.length === 0 && <p className="muted small">No comments.</p>}
      <ul>
        {comments.map((c) => (
          <li key={c.id} className="comment">
            <div className="history__meta"><b>{c.authorName}</b><time dateTime={c.createdAt}>{new Date(c.createdAt).toLocaleString(undefined, { dateStyle: "short", timeStyle: "short" })}</time></div>
            <p className="comment__body">{c.body}</p>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="comments__form">
        <textarea rows={2} placeholder="Add a comment" aria-label="Comment" value={body} onChange={(e) => setBody(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              e.stopPropagation();
              void submit(e);
            }
          }} />
        <button className="button" type="submit" disabled={!body.trim()}>Comment</button>
      </form>
    </div>
  );
}
