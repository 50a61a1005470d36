/** Saves a Blob as a file the browser downloads (an object URL on a temporary link). */
export function saveBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.click();
	// After the click has started the download; revoking at once can cancel it in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
