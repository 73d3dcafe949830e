// One PDF per rendered claim: US Letter pages, the two standard Helvetica faces (nothing embedded),
// and metadata fixed by the claim, so the same claim always renders to the same bytes.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createCanvas, type Canvas } from './canvas.ts';
import { utcMidnight } from './format.ts';
import { PAGE } from './layout.ts';

export interface RenderOptions {
  /**
   * The day the form is prepared (YYYY-MM-DD), printed where the form asks for one (UB-04 line 23
   * creation date, CMS-1500 box 31 date) and used as the document's dates. Without it the form
   * prints no such date and the document is dated the statement's last day.
   */
  preparedOn?: string;
}

export interface FormDocument {
  addPage(): Canvas;
  save(): Promise<Uint8Array>;
}

export async function openForm(title: string, dated: string): Promise<FormDocument> {
  // No automatic metadata: pdf-lib would stamp the current time and its own producer.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const date = utcMidnight(dated);
  doc.setTitle(title);
  doc.setCreator('iop-ehr billing');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  return {
    addPage: () => createCanvas(doc.addPage([PAGE.width, PAGE.height]), fonts),
    save: () => doc.save(),
  };
}
