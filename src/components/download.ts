/** Saving files from the page: one Blob download path for every export. */

/** How long the object URL lives after the click; the browser has started the download by then. */
const REVOKE_AFTER_MS = 1000;

/** Downloads a Blob under a file name through a temporary <a download>, then revokes its URL. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** Downloads text as a UTF-8 file of the given MIME type. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}

/**
 * Draws standalone SVG markup onto an offscreen canvas at `scale` × its size over a solid
 * background and encodes it as PNG. Rejects when the image cannot be decoded or encoded.
 */
export async function svgToPng(
  svgText: string,
  size: { width: number; height: number },
  background: string,
  scale = 2,
): Promise<Blob> {
  const image = new Image();
  // A data: URL, not a blob: URL, keeps the canvas untainted (mermaid labels are foreignObject).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const width = Math.max(1, Math.round(size.width * scale));
  const height = Math.max(1, Math.round(size.height * scale));
  const canvas =
    typeof OffscreenCanvas === 'undefined'
      ? Object.assign(document.createElement('canvas'), { width, height })
      : new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d') as
    CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!context) throw new Error('2D canvas unavailable');
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  if (canvas instanceof HTMLCanvasElement) {
    return new Promise((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  }
  return canvas.convertToBlob({ type: 'image/png' });
}
