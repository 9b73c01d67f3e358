import { ImageResponse } from 'next/og';
import { content } from '@/lib/content/load';
import { notoSans } from '@/lib/images/fonts';
import { passageParams, type PassageParams } from '@/lib/routes/static-params';
import { excerpt } from '@/lib/text/text';

/*
 * The passage card shown when a passage page is shared: Chinese and English with the document
 * title. Rendered once per passage at build time (fonts: lib/images/fonts.ts).
 */

type Params = PassageParams;

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'A passage in Chinese and English from a Duizhao document';
export const dynamicParams = false;

export const generateStaticParams = passageParams;

export default async function Image({ params }: { params: Promise<Params> }) {
  const { slug, segmentId } = await params;
  const document = await content.getDocument(slug);
  const segment = document?.segments.find((candidate) => candidate.id === segmentId);
  const { regular, bold } = await notoSans();
  const zh = segment ? segment.zh.join('') : '';
  const en = segment ? segment.en.join(' ') : '';
  const long = [...zh].length > 60;

  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#fbfaf7',
        color: '#1c1b19',
        padding: '56px 64px',
        fontFamily: 'Noto Sans Hans',
        borderTop: '14px solid #9f1d20',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 16, fontSize: 30, fontWeight: 700 }}>
        <span style={{ color: '#9f1d20' }}>对照</span>
        <span>Duizhao</span>
      </div>
      <div style={{ display: 'flex', marginTop: 28, fontSize: long ? 36 : 44, fontWeight: 700, lineHeight: 1.45 }}>
        {excerpt(zh, long ? 83 : 59)}
      </div>
      <div style={{ display: 'flex', marginTop: 20, fontSize: long ? 24 : 28, lineHeight: 1.4, color: '#3b3833' }}>
        {excerpt(en, long ? 259 : 219)}
      </div>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          marginTop: 'auto',
          paddingTop: 20,
          borderTop: '2px solid #dcd7cc',
          fontSize: 22,
          color: '#5b5750',
        }}
      >
        <span>{excerpt(document?.meta.title.zh ?? '', 47)}</span>
        <span>
          {document
            ? `${document.meta.source.en} ${document.meta.source.zh} · ${document.meta.published} · English translation: Duizhao`
            : ''}
        </span>
      </div>
    </div>,
    {
      ...size,
      fonts: [
        { name: 'Noto Sans Hans', data: regular, weight: 400, style: 'normal' },
        { name: 'Noto Sans Hans', data: bold, weight: 700, style: 'normal' },
      ],
    },
  );
}
