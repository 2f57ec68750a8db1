/** A prose block's editor (ProseEditor.tsx). */
export const t = {
  proseHelp: 'Mỗi dòng là một đoạn; dòng bắt đầu bằng “- ” là gạch đầu dòng, “+ ” là ý nhỏ. Dán từ Word được: định dạng thừa sẽ bị bỏ.',
};
