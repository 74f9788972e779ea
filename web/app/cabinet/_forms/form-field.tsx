export * from '../../_ui/form-field';
