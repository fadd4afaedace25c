// Drag and drop onto the upload zone: the dropped files become the file input's, the form stays a plain form.
document.addEventListener('DOMContentLoaded', function () {
  document.body.addEventListener('dragover', function (event) {
    var zone = event.target.closest && event.target.closest('.zone-depot');
    if (zone) { event.preventDefault(); zone.classList.add('survol'); }
  });
  document.body.addEventListener('dragleave', function (event) {
    var zone = event.target.closest && event.target.closest('.zone-depot');
    if (zone) { zone.classList.remove('survol'); }
  });
  document.body.addEventListener('drop', function (event) {
    var zone = event.target.closest && event.target.closest('.zone-depot');
    if (!zone) { return; }
    event.preventDefault();
    zone.classList.remove('survol');
    var input = zone.querySelector('input[type=file]');
    if (input && event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
});
