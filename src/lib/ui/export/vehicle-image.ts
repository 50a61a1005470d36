/** The vehicle's icon (the map's HTML marker) as an image to draw on a canvas. */
import type { Mode } from '$lib/journey/schema';
import { vehicleSvg } from '$lib/map/vehicle-icons';

export function vehicleImage(mode: Mode, color: string): Promise<HTMLImageElement> {
	const img = new Image();
	img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
		vehicleSvg(mode, color).replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ')
	)}`;
	return img.decode().then(() => img);
}
