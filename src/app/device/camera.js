// The camera, for scanning codes: started on the video element, stopped when asked.
// The picture never leaves the device: frames are read here, by the browser's own
// BarcodeDetector where it has one, otherwise handed to the app as grey pixels.

export async function startCamera(video) {
  if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) {
    throw new Error('NotSecure');
  }
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } },
      audio: false,
    });
  } catch (e) {
    throw new Error(e?.name === 'NotAllowedError' || e?.name === 'SecurityError' ? 'Refused' : 'NoCamera');
  }
  video.srcObject = stream;
  video.muted = true;
  video.setAttribute('playsinline', '');
  await video.play().catch(() => {});
  return stream;
}

export function stopCamera(stream, video) {
  stream?.getTracks().forEach((t) => t.stop());
  if (video) video.srcObject = null;
}

let detector;
/** The texts of the codes the browser's BarcodeDetector sees, or null where it has none. */
export async function detectCodes(video) {
  if (!('BarcodeDetector' in window)) return null;
  try {
    detector ??= new window.BarcodeDetector({ formats: ['qr_code'] });
    return (await detector.detect(video)).map((c) => c.rawValue);
  } catch {
    return null;
  }
}

/** The video's current picture, at most `maxPixels` in all (portrait or landscape),
 *  as grey bytes. */
export function greyPicture(video, canvas, maxPixels) {
  const vw = video.videoWidth;
  const vh = video.videoHeight;
  if (!vw || !vh) return null;
  const scale = Math.min(1, Math.sqrt(maxPixels / (vw * vh)));
  const w = Math.floor(vw * scale);
  const h = Math.floor(vh * scale);
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  ctx.drawImage(video, 0, 0, w, h);
  const rgba = ctx.getImageData(0, 0, w, h).data;
  const grey = new Uint8Array(w * h);
  for (let i = 0, j = 0; j < grey.length; i += 4, j += 1) {
    grey[j] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
  }
  return { width: w, height: h, grey };
}
