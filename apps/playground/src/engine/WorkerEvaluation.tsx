import { formatNumber, formatPercent, type Status, type Summary, statusLabel } from '@chitieu/core';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { usePlaygroundGlobals } from '../globals';
import type { EvaluateRequest, WorkerMessage } from './protocol';

const STATUSES: readonly Status[] = ['exceeded', 'met', 'near', 'missed', 'no-target', 'no-data'];

type Phase = 'idle' | 'generate' | 'parse' | 'evaluate' | 'done' | 'error';

const TEXT = {
  vi: {
    heading: 'Một năm của Bộ trong Web Worker',
    intro:
      'Sinh bộ dữ liệu (63 tỉnh × 200 chỉ tiêu × 12 tháng), kiểm tra bằng parseDataset, đánh giá theo từng khối bằng evaluateDatasetInChunks và tổng hợp bằng summarize — tất cả trong một Web Worker, nên trang vẫn phản hồi.',
    size: 'Số quan sát',
    start: 'Đánh giá trong Web Worker',
    cancel: 'Dừng',
    progress: 'Tiến độ đánh giá',
    phase: {
      idle: 'Chưa chạy.',
      generate: 'Đang sinh dữ liệu…',
      parse: 'Đang kiểm tra dữ liệu (parseDataset)…',
      evaluate: 'Đang đánh giá',
      done: 'Xong',
      error: 'Lỗi',
    },
    of: 'trên',
    observations: 'quan sát',
    frames: 'Khung hình đã vẽ trên luồng chính trong lúc chạy',
    result: 'Kết quả',
    status: 'Trạng thái',
    count: 'Số chỉ tiêu',
    score: 'Điểm tổng hợp',
    timings: 'Thời gian trong worker (ms)',
    phases: { generate: 'Sinh dữ liệu', parse: 'Kiểm tra', evaluate: 'Đánh giá', summarize: 'Tổng hợp' },
  },
  en: {
    heading: "A ministry's year in a Web Worker",
    intro:
      'Generates the dataset (63 provinces × 200 indicators × 12 months), validates it with parseDataset, evaluates it chunk by chunk with evaluateDatasetInChunks and summarises it with summarize — all in a Web Worker, so the page stays responsive.',
    size: 'Observations',
    start: 'Evaluate in a Web Worker',
    cancel: 'Stop',
    progress: 'Evaluation progress',
    phase: {
      idle: 'Not run yet.',
      generate: 'Generating the data…',
      parse: 'Validating the data (parseDataset)…',
      evaluate: 'Evaluating',
      done: 'Done',
      error: 'Error',
    },
    of: 'of',
    observations: 'observations',
    frames: 'Frames painted on the main thread while it ran',
    result: 'Result',
    status: 'Status',
    count: 'Indicators',
    score: 'Composite score',
    timings: 'Time inside the worker (ms)',
    phases: { generate: 'Generate', parse: 'Validate', evaluate: 'Evaluate', summarize: 'Summarise' },
  },
} as const;

/**
 * Evaluates a ministry's year (151,200 observations by default) off the main thread, with a
 * progress bar (`<progress>`, role progressbar), a polite live status and the summary in vi/en.
 */
export function WorkerEvaluation(props: { readonly initialCount?: number; readonly chunkSize?: number }): ReactNode {
  const { locale } = usePlaygroundGlobals();
  const t = TEXT[locale];
  const [count, setCount] = useState(props.initialCount ?? 151_200);
  const [phase, setPhase] = useState<Phase>('idle');
  const [done, setDone] = useState(0);
  const [total, setTotal] = useState(0);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [timings, setTimings] = useState<Record<string, number> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [frames, setFrames] = useState(0);
  const worker = useRef<Worker | null>(null);
  const frame = useRef(0);
  const ids = { progress: useId(), size: useId() };

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
    cancelAnimationFrame(frame.current);
  };
  useEffect(
    () => () => {
      worker.current?.terminate();
      cancelAnimationFrame(frame.current);
    },
    [],
  );

  const start = () => {
    stop();
    setSummary(null);
    setTimings(null);
    setError(null);
    setDone(0);
    setTotal(count);
    setFrames(0);
    setPhase('generate');
    // a frame counter on the main thread: it keeps counting while the worker computes
    const tick = () => {
      setFrames((n) => n + 1);
      frame.current = requestAnimationFrame(tick);
    };
    frame.current = requestAnimationFrame(tick);
    const w = new Worker(new URL('./evaluate.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const m = event.data;
      if (m.type === 'progress') {
        setPhase(m.phase);
        setDone(m.done);
        setTotal(m.total);
      } else if (m.type === 'done') {
        setSummary(m.summary);
        setTimings(m.timings);
        setDone(m.evaluated);
        setPhase('done');
        stop();
      } else {
        setError(m.message);
        setPhase('error');
        stop();
      }
    };
    w.onerror = (event) => {
      setError(event.message);
      setPhase('error');
      stop();
    };
    w.postMessage({ count, chunkSize: props.chunkSize ?? 5000 } satisfies EvaluateRequest);
  };

  const running = phase === 'generate' || phase === 'parse' || phase === 'evaluate';
  const n = (value: number) => formatNumber(String(value), { locale });
  const percent = total > 0 ? Math.floor((done * 100) / total) : 0;
  // the live region speaks in steps of 10 %, not on every chunk
  const spoken = Math.floor(percent / 10) * 10;
  const statusText =
    phase === 'evaluate'
      ? `${t.phase.evaluate} ${spoken}% (${n(done)} ${t.of} ${n(total)} ${t.observations})…`
      : phase === 'done'
        ? `${t.phase.done}: ${n(done)} ${t.observations}.`
        : phase === 'error'
          ? `${t.phase.error}: ${error ?? ''}`
          : t.phase[phase];

  return (
    <section className="pg-stack" aria-labelledby={`${ids.progress}-h`}>
      <h2 id={`${ids.progress}-h`}>{t.heading}</h2>
      <p>{t.intro}</p>
      <div className="pg-toolbar">
        <label htmlFor={ids.size}>{t.size}</label>
        <select
          id={ids.size}
          value={count}
          disabled={running}
          onChange={(e) => setCount(Number(e.currentTarget.value))}
        >
          {[10_000, 151_200].map((value) => (
            <option key={value} value={value}>
              {n(value)}
            </option>
          ))}
        </select>
        <button type="button" onClick={start} disabled={running}>
          {t.start}
        </button>
        <button
          type="button"
          onClick={() => {
            stop();
            setPhase('idle');
          }}
          disabled={!running}
        >
          {t.cancel}
        </button>
      </div>
      <label htmlFor={ids.progress}>{t.progress}</label>
      <progress
        id={ids.progress}
        max={100}
        value={phase === 'generate' || phase === 'parse' ? undefined : percent}
        aria-valuetext={`${percent}%`}
      />
      <p role="status" aria-live="polite">
        {statusText}
      </p>
      <p>
        {t.frames}: {n(frames)}
      </p>
      {summary && timings ? (
        <>
          <table>
            <caption>{t.result}</caption>
            <thead>
              <tr>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.count}</th>
              </tr>
            </thead>
            <tbody>
              {STATUSES.map((status) => (
                <tr key={status}>
                  <th scope="row">{statusLabel(status, locale)}</th>
                  <td>{n(summary.counts[status])}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t.score}</th>
                <td>{summary.score === null ? '—' : formatPercent(summary.score, { locale, decimals: 2 })}</td>
              </tr>
            </tbody>
          </table>
          <table>
            <caption>{t.timings}</caption>
            <tbody>
              {(['generate', 'parse', 'evaluate', 'summarize'] as const).map((key) => (
                <tr key={key}>
                  <th scope="row">{t.phases[key]}</th>
                  <td>{n(Math.round(timings[key] ?? 0))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
