import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code of `text` as a data URL, or null while it is drawn (or if it cannot be). */
export function useQrCode(text: string, width = 200): string | null {
  const [drawn, setDrawn] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toDataURL(text, { margin: 1, width, errorCorrectionLevel: 'M' })
      .then((url) => !cancelled && setDrawn({ text, url }))
      .catch(() => !cancelled && setDrawn(null));
    return () => {
      cancelled = true;
    };
  }, [text, width]);
  return drawn?.text === text ? drawn.url : null;
}
