export * from '../../../../../_ui/document-types';
