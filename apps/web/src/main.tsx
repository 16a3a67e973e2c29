import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { prefetchFirstPage } from "./features/review/firstPagePrefetch.ts";
import "./styles/base.css";

// Before React's first render: a review link's first pairs travel beside the session check.
prefetchFirstPage(window.location.hash);

const root = document.getElementById("root");
if (!root) throw new Error("index.html lacks #root");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
