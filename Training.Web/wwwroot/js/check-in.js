// Camera scanning of check-in codes where the browser offers BarcodeDetector; typing always works.
(function () {
  const scanner = document.getElementById('scanner');
  if (!scanner || !('BarcodeDetector' in window) || !navigator.mediaDevices) return;
  scanner.hidden = false;
  const video = document.getElementById('scan-video');
  const input = document.getElementById('Code');
  const form = document.getElementById('check-in-form');
  document.getElementById('scan-start').addEventListener('click', async () => {
    const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    const look = async () => {
      const codes = await detector.detect(video);
      if (codes.length > 0) {
        stream.getTracks().forEach(t => t.stop());
        input.value = codes[0].rawValue;
        form.submit();
        return;
      }
      requestAnimationFrame(look);
    };
    look();
  });
})();
