export * from '../../_ui/format';
