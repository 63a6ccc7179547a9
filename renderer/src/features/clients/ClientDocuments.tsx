import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Center,
  Group,
  Image,
  Loader,
  Modal,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconDownload,
  IconEye,
  IconFileTypePdf,
  IconPhoto,
  IconTrash,
  IconUpload,
} from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import type { ClientFile, DocumentMeta } from '../../../../shared/contract/clientViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { SessionView } from '../../../../shared/contract/views';
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from '../../../../shared/domain/clients';
import { useT } from '../../app/i18n';
import { rolesFor } from '../../app/nav';
import { clientErrorText } from './errors';
import { dataUrlBase64, formatBytes, MB, objectUrl, readAsDataUrl } from './files';
import { useClientFileStore, type DocumentContent } from './store';

interface Preview {
  meta: DocumentMeta;
  content: DocumentContent | null;
  url: string | null;
  revoke: () => void;
  error: AppErrorShape | null;
}

/** Scanned documents: kept inside the encrypted vault, opened here, never in a browser tab. */
export function ClientDocuments({ file, session }: { file: ClientFile; session: SessionView }) {
  const t = useT();
  const { addDocument, openDocument, removeDocument } = useClientFileStore();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [removing, setRemoving] = useState<DocumentMeta | null>(null);
  const removeRoles = rolesFor('clients.removeDocument');
  const canRemove = removeRoles !== 'public' && removeRoles.includes(session.role);
  const maxMb = MAX_DOCUMENT_BYTES / MB;

  // Blob URLs hold the decrypted scan in memory: let go of them with the preview.
  const previewRef = useRef<Preview | null>(null);
  useEffect(() => {
    previewRef.current = preview;
  }, [preview]);
  useEffect(() => () => previewRef.current?.revoke(), []);

  const upload = async (f: File | undefined) => {
    setProblem(null);
    if (!f) return;
    if (!(DOCUMENT_TYPES as readonly string[]).includes(f.type)) {
      return setProblem(t('clients.error.documentType', { name: f.name }));
    }
    if (f.size > MAX_DOCUMENT_BYTES) {
      return setProblem(t('clients.error.documentTooLarge', { name: f.name, max: maxMb }));
    }
    setUploading(true);
    const contentBase64 = dataUrlBase64(await readAsDataUrl(f));
    const failure = await addDocument({ fileName: f.name, mimeType: f.type, contentBase64 });
    setUploading(false);
    if (!failure) {
      notifications.show({ color: 'teal', message: t('clients.docs.added', { name: f.name }) });
      return;
    }
    if (failure.fields?.contentBase64 === 'tooLarge')
      setProblem(t('clients.error.documentTooLarge', { name: f.name, max: maxMb }));
    else if (failure.fields?.mimeType === 'type')
      setProblem(t('clients.error.documentType', { name: f.name }));
    else setProblem(clientErrorText(t, failure));
  };

  const open = async (meta: DocumentMeta) => {
    preview?.revoke();
    setPreview({ meta, content: null, url: null, revoke: () => {}, error: null });
    const r = await openDocument(meta.id);
    if (!r.ok) {
      setPreview({ meta, content: null, url: null, revoke: () => {}, error: r.error });
      return;
    }
    const { url, revoke } = objectUrl(r.data.contentBase64, r.data.mimeType);
    setPreview({ meta, content: r.data, url, revoke, error: null });
  };

  const closePreview = () => {
    preview?.revoke();
    setPreview(null);
  };

  const confirmRemove = async () => {
    if (!removing) return;
    const doc = removing;
    const failure = await removeDocument(doc.id);
    setRemoving(null);
    if (failure) setProblem(clientErrorText(t, failure));
    else
      notifications.show({
        color: 'teal',
        message: t('clients.docs.removed', { name: doc.fileName }),
      });
  };

  const mime = preview?.content?.mimeType ?? preview?.meta.mimeType ?? '';
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={560}>
          {t('clients.docs.hint', { max: maxMb })}
        </Text>
        <Button
          leftSection={<IconUpload size={16} />}
          loading={uploading}
          onClick={() => input.current?.click()}
          data-testid="client-doc-upload"
        >
          {t('clients.docs.upload')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          accept={DOCUMENT_TYPES.join(',')}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            void upload(f);
          }}
          data-testid="client-doc-input"
        />
      </Group>
      {problem && (
        <Alert color="red" variant="light" role="alert" data-testid="client-doc-error">
          {problem}
        </Alert>
      )}
      {file.documents.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg" data-testid="client-docs-empty">
          {t('clients.docs.empty')}
        </Text>
      ) : (
        <Table verticalSpacing="sm" highlightOnHover data-testid="client-docs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clients.docs.col.name')}</Table.Th>
              <Table.Th>{t('clients.docs.col.size')}</Table.Th>
              <Table.Th>{t('clients.docs.col.added')}</Table.Th>
              <Table.Th w={110}>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {file.documents.map((d) => (
              <Table.Tr key={d.id} data-testid={`doc-row-${d.id}`}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {d.mimeType === 'application/pdf' ? (
                      <IconFileTypePdf size={18} />
                    ) : (
                      <IconPhoto size={18} />
                    )}
                    <Anchor component="button" type="button" onClick={() => void open(d)}>
                      {d.fileName}
                    </Anchor>
                  </Group>
                </Table.Td>
                <Table.Td>{formatBytes(d.size)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{dayjs(d.addedAt).format('YYYY-MM-DD HH:mm')}</Text>
                  {d.addedByName && (
                    <Text size="xs" c="dimmed">
                      {d.addedByName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('clients.docs.open')}>
                      <ActionIcon
                        variant="subtle"
                        onClick={() => void open(d)}
                        aria-label={t('clients.docs.open')}
                        data-testid={`doc-open-${d.id}`}
                      >
                        <IconEye size={18} />
                      </ActionIcon>
                    </Tooltip>
                    {canRemove && (
                      <Tooltip label={t('clients.docs.remove')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          onClick={() => setRemoving(d)}
                          aria-label={t('clients.docs.remove')}
                          data-testid={`doc-remove-${d.id}`}
                        >
                          <IconTrash size={18} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Modal
        opened={!!preview}
        onClose={closePreview}
        title={preview?.meta.fileName}
        size="80%"
        data-testid="doc-preview"
      >
        {preview && !preview.url && !preview.error && (
          <Center py="xl">
            <Loader />
          </Center>
        )}
        {preview?.error && (
          <Alert color="red" variant="light" role="alert">
            {clientErrorText(t, preview.error)}
          </Alert>
        )}
        {preview?.url && (
          <Stack>
            {mime.startsWith('image/') ? (
              <Image
                src={preview.url}
                alt={preview.meta.fileName}
                fit="contain"
                mah="70vh"
                data-testid="doc-preview-image"
              />
            ) : (
              <object
                data={preview.url}
                type="application/pdf"
                width="100%"
                style={{ height: '70vh' }}
                data-testid="doc-preview-pdf"
              >
                <Text c="dimmed">{t('clients.docs.pdfFallback')}</Text>
              </object>
            )}
            <Group justify="flex-end">
              <Button
                component="a"
                href={preview.url}
                download={preview.meta.fileName}
                variant="default"
                leftSection={<IconDownload size={16} />}
                data-testid="doc-download"
              >
                {t('clients.docs.download')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>

      <Modal
        opened={!!removing}
        onClose={() => setRemoving(null)}
        title={t('clients.docs.removeTitle')}
      >
        <Text mb="lg">{t('clients.docs.removeConfirm', { name: removing?.fileName ?? '' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setRemoving(null)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirmRemove()} data-testid="doc-remove-confirm">
            {t('clients.docs.remove')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
